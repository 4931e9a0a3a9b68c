package it.sportello.identity.security;

import it.sportello.identity.CurrentStaff;
import it.sportello.identity.StaffMember;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets any controller declare a {@link StaffMember} parameter and receive the authenticated user,
 * instead of binding it from request parameters (which would let a caller claim to be anyone).
 */
class StaffMemberArgumentResolver implements HandlerMethodArgumentResolver {

	private final CurrentStaff currentStaff;

	StaffMemberArgumentResolver(CurrentStaff currentStaff) {
		this.currentStaff = currentStaff;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return StaffMember.class.equals(parameter.getParameterType());
	}

	@Override
	public StaffMember resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		return currentStaff.get();
	}

}
