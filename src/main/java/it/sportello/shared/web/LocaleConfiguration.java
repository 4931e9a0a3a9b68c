package it.sportello.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Italian unless someone asks otherwise. Pages switch with {@code ?lang=en}, remembered in a cookie;
 * they ignore the browser's language because the Region works in Italian. The API, used by programs,
 * honours {@code Accept-Language} (Italian or English) when no cookie says otherwise.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale ITALIAN = Locale.ITALIAN;

	static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH);

	/** The bean name DispatcherServlet looks for. */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocale(ITALIAN);
		resolver.setDefaultLocaleFunction(LocaleConfiguration::defaultLocale);
		return resolver;
	}

	private static Locale defaultLocale(HttpServletRequest request) {
		// On the error page's dispatch, the path the client asked for: an API error speaks the API's language.
		String path = ErrorPages.originalPath(request);
		if (!path.startsWith("/api/") || request.getHeader("Accept-Language") == null) {
			return ITALIAN;
		}
		for (Locale wanted : java.util.Collections.list(request.getLocales())) {
			for (Locale supported : SUPPORTED) {
				if (supported.getLanguage().equals(wanted.getLanguage())) {
					return supported;
				}
			}
		}
		return ITALIAN;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}
