package it.sportello.channels;

import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The answers of one group of closed tickets: their channel, the level that answered ({@code FIRST_LEVEL},
 * {@code BACK_OFFICE}, {@code DEPARTMENT}), the department (null when none was involved), the number of answers and
 * the average marks from 1 to 5.
 */
public record SatisfactionResult(Channel channel, String level, @Nullable String departmentCode, long answers,
		double usefulness, double speed) {
}
