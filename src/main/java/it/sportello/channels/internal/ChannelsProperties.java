package it.sportello.channels.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import it.sportello.shared.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The channels' settings ({@code sportello.channels.*}).
 *
 * @param defaultCategory the category of a ticket a channel opens, unless {@code categories} names one for the channel
 * (first level can change it)
 * @param categories a category per channel, e.g. {@code sportello.channels.categories.SMS=INFORMAZIONI}
 * @param notifications how notifications are written and sent
 */
@ConfigurationProperties("sportello.channels")
public record ChannelsProperties(@DefaultValue("INFORMAZIONI") String defaultCategory, Map<Channel, String> categories,
		@DefaultValue Notifications notifications) {

	public ChannelsProperties {
		categories = categories == null ? Map.of() : Map.copyOf(categories);
	}

	/** The category of a ticket opened by {@code channel}. */
	public String categoryOf(Channel channel) {
		return categories.getOrDefault(channel, defaultCategory);
	}

	/**
	 * @param languages the languages of a notification's text, in order (each template's text one after the other)
	 * @param sendEvery how often the sender looks for notifications due
	 * @param retryAfter the waits between attempts; after the last one, a notification is given up ({@code FAILED})
	 * @param batch the most notifications sent in one run
	 */
	public record Notifications(@DefaultValue({ "it", "en" }) List<String> languages,
			@DefaultValue("PT30S") Duration sendEvery,
			@DefaultValue({ "PT1M", "PT5M", "PT15M", "PT1H", "PT4H" }) List<Duration> retryAfter,
			@DefaultValue("20") int batch) {
	}

}
