package it.sportello.shared.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the HTTP boundary ({@code sportello.http.*}).
 *
 * @param maxBodySize larger request bodies are refused with 413 (a plain number is bytes: {@code 1048576}, or
 * {@code 1MB})
 * @param importPaths request paths that take files of hundreds of megabytes (a month of phone-switch log), which
 * their controllers stream: they have {@code maxImportSize} as limit instead
 * @param maxImportSize the limit of the bodies sent to {@code importPaths}
 */
@ConfigurationProperties("sportello.http")
public record HttpProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("") List<String> importPaths,
		@DefaultValue("2GB") DataSize maxImportSize) {
}
