package it.sportello.knowledge.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Who signed a sheet, sent its notice and acknowledged it, and when. */
public record SignOffs(@Nullable String urpSignedBy, @Nullable Instant urpSignedAt, @Nullable String headSignedBy,
		@Nullable Instant headSignedAt, @Nullable String noticeSentBy, @Nullable Instant noticeSentAt,
		@Nullable String noticeComment, @Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt) {
}
