package it.sportello.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the HTTP boundary ({@code sportello.http.*}).
 *
 * @param maxBodySize larger request bodies are refused with 413 (a plain number is bytes: {@code 1048576}, or
 * {@code 1MB})
 */
@ConfigurationProperties("sportello.http")
public record HttpProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
