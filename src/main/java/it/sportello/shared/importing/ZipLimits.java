package it.sportello.shared.importing;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far an uploaded zip may expand. A zip says nothing reliable about its own sizes, so these are checked on
 * the bytes as they are inflated, before anything is held whole.
 *
 * @param maxEntries entries (files and folders) the archive may have
 * @param maxEntrySize bytes one file may expand to
 * @param maxTotalSize bytes all files together may expand to
 * @param maxRatio how many times its own size the archive may expand to; checked once the files together pass
 * {@link #RATIO_GRACE}, since a small file of repeated values compresses very well and is harmless
 * <p>
 * A module's settings may hold one (the defaults are {@link #DEFAULT}'s), written in bytes.
 */
public record ZipLimits(@DefaultValue("20") int maxEntries, @DefaultValue("20971520") long maxEntrySize,
		@DefaultValue("52428800") long maxTotalSize, @DefaultValue("100") int maxRatio) {

	/** Below this many inflated bytes the ratio is not checked. */
	public static final long RATIO_GRACE = 1024 * 1024;

	/** Enough for a few CSV files of tens of thousands of rows. */
	public static final ZipLimits DEFAULT = new ZipLimits(20, 20L * 1024 * 1024, 50L * 1024 * 1024, 100);

	public ZipLimits {
		if (maxEntries < 1 || maxEntrySize < 1 || maxTotalSize < 1 || maxRatio < 1) {
			throw new IllegalArgumentException("zip limits must be positive");
		}
	}

}
