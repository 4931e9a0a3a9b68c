package it.sportello.shared;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The address at which users and clients reach the application ({@code sportello.public-url}), such as
 * {@code https://sportello.regione.example}. Whatever names the application to the outside (the API document's
 * server, links sent to citizens) is built from it, never from the request's {@code Host} header, which a client
 * chooses; redirects are relative paths.
 *
 * @param publicUrl an absolute http or https URL without query or fragment; a trailing slash is dropped
 */
@ConfigurationProperties("sportello")
public record PublicUrl(@DefaultValue("http://localhost:8080") URI publicUrl) {

	public PublicUrl {
		String scheme = publicUrl.getScheme();
		if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || publicUrl.getHost() == null
				|| publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null) {
			throw new IllegalArgumentException(
					"sportello.public-url must be an absolute http or https URL without query or fragment: " + publicUrl);
		}
		String text = publicUrl.toString();
		publicUrl = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : publicUrl;
	}

	/** The public address of a path of the application, e.g. {@code resolve("/login")}. */
	public URI resolve(String path) {
		return URI.create(publicUrl + (path.startsWith("/") ? path : "/" + path));
	}

}
