package it.sportello.search.internal;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the directory index lives, chosen by {@code sportello.search.backend}:
 * <ul>
 * <li>{@code lucene} (the default): an embedded Lucene index in each node's directory ({@code sportello.index-dir}),
 * for one node;</li>
 * <li>{@code opensearch}: one OpenSearch cluster ({@code sportello.search.opensearch.url}) shared by every node,
 * through Hibernate Search's Elasticsearch backend, with the outbox-polling coordination: each transaction that
 * changes an office or a person writes an event to a table of the database (V52), and a background processor on one
 * of the nodes sends it to OpenSearch, so that a change made on any node is found on all of them within
 * seconds.</li>
 * </ul>
 * The analysis is the same on both ({@link ItalianAnalysisConfigurer}, {@link OpenSearchAnalysisConfigurer}).
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

	static final String PREFIX = "hibernate.search.";

	@Bean
	HibernatePropertiesCustomizer searchBackend(@Value("${sportello.search.backend:lucene}") String backend,
			@Value("${sportello.search.opensearch.url:http://localhost:9200}") String url,
			@Value("${sportello.search.opensearch.username:}") String username,
			@Value("${sportello.search.opensearch.password:}") String password) {
		return properties -> configure(properties, backend, url, username, password);
	}

	static void configure(Map<String, Object> properties, String backend, String url, String username,
			String password) {
		switch (backend.strip().toLowerCase(java.util.Locale.ROOT)) {
			// Both backends are on the classpath: Hibernate Search must be told which one.
			case "lucene" -> properties.put(PREFIX + "backend.type", "lucene");
			case "opensearch" -> {
				// The embedded index's settings (application.yml) stay in the configuration, unused.
				properties.put(PREFIX + "configuration_property_checking.strategy", "ignore");
				properties.put(PREFIX + "backend.type", "elasticsearch");
				properties.put(PREFIX + "backend.uris", url);
				if (!username.isEmpty()) {
					properties.put(PREFIX + "backend.username", username);
					properties.put(PREFIX + "backend.password", password);
				}
				properties.put(PREFIX + "backend.analysis.configurer",
						"class:" + OpenSearchAnalysisConfigurer.class.getName());
				properties.put(PREFIX + "coordination.strategy", "outbox-polling");
			}
			default -> throw new IllegalStateException(
					"sportello.search.backend must be lucene or opensearch, not " + backend);
		}
	}

}
