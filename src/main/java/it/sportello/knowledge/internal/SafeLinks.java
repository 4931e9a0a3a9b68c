package it.sportello.knowledge.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Links a sheet may carry: absolute http or https addresses with a host, never {@code javascript:} and the like. */
final class SafeLinks {

	private SafeLinks() {
	}

	static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException notAnAddress) {
			return false;
		}
	}

}
