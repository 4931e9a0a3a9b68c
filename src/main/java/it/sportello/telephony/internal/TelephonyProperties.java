package it.sportello.telephony.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the phone switch's data and of the telephone report ({@code sportello.telephony.*}).
 *
 * @param zone the administration's zone: days, months and half-hours are cut in its local time
 * @param thresholdSeconds T of the service level: a call answered after waiting T seconds or less is answered
 * within T
 * @param targetPercent the service level's target; met when the service level is above it
 * @param watchDirectory a folder where the switch's rotated logs arrive, imported as they come; none by default
 * @param watchPattern the files of the folder that are imported (a glob)
 * @param watchEvery how often the folder is looked at
 * @param watchSettle a file is imported once it has not changed for this long (the switch may still be writing)
 * @param problemsKept how many problems an import's report lists in full (all are counted)
 * @param monthlyReportCron when the job that stores the previous month's PDF looks whether today is the first
 * working day of the month
 */
@ConfigurationProperties("sportello.telephony")
public record TelephonyProperties(@DefaultValue("Europe/Rome") ZoneId zone, @DefaultValue("30") int thresholdSeconds,
		@DefaultValue("90") double targetPercent, @Nullable Path watchDirectory,
		@DefaultValue("queue_log*") String watchPattern, @DefaultValue("PT1M") Duration watchEvery,
		@DefaultValue("PT2M") Duration watchSettle, @DefaultValue("100") int problemsKept,
		@DefaultValue("0 30 6 * * *") String monthlyReportCron) {
}
