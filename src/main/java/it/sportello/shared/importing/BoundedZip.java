package it.sportello.shared.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.http.HttpStatus;

/**
 * Opens an uploaded zip within {@link ZipLimits}: entries are counted and every file is inflated a block at a
 * time, so that an archive of a few hundred kilobytes expanding to gigabytes is refused after at most the
 * limits' worth of bytes, with an {@link UploadRefusedException} naming the limit and the file.
 */
public final class BoundedZip {

	private static final int BLOCK = 64 * 1024;

	private BoundedZip() {
	}

	/**
	 * The files of the archive whose name (without folders: a zip of a folder puts them under its name) is
	 * {@code wanted}, by that name. Other files are inflated too, to count them against the limits, but not kept.
	 *
	 * @throws UploadRefusedException over a limit (413), or not a zip or an empty one (422)
	 */
	public static Map<String, byte[]> files(byte[] zip, ZipLimits limits, Predicate<String> wanted) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		long total = 0;
		int entries = 0;
		byte[] block = new byte[BLOCK];
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (++entries > limits.maxEntries()) {
					throw UploadRefusedException.tooLarge("import.zip.too-many-entries", limits.maxEntries());
				}
				String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
				boolean keep = !entry.isDirectory() && wanted.test(name);
				ByteArrayOutputStream content = new ByteArrayOutputStream();
				long size = 0;
				for (int read = in.read(block); read > 0; read = in.read(block)) {
					size += read;
					total += read;
					check(limits, name, size, total, zip.length);
					if (keep) {
						content.write(block, 0, read);
					}
				}
				if (keep) {
					files.put(name, content.toByteArray());
				}
			}
		}
		catch (IOException | IllegalArgumentException unreadable) {
			// A damaged archive or a name in an unknown encoding: the client's file, not our failure.
			throw unreadable();
		}
		if (entries == 0) {
			// Not a zip at all reads as an archive without entries.
			throw unreadable();
		}
		return files;
	}

	private static void check(ZipLimits limits, String name, long size, long total, long archive) {
		if (size > limits.maxEntrySize()) {
			throw UploadRefusedException.tooLarge("import.zip.entry-too-large", name, megabytes(limits.maxEntrySize()));
		}
		if (total > limits.maxTotalSize()) {
			throw UploadRefusedException.tooLarge("import.zip.too-large", name, megabytes(limits.maxTotalSize()));
		}
		if (total > ZipLimits.RATIO_GRACE && total > (long) limits.maxRatio() * archive) {
			throw UploadRefusedException.tooLarge("import.zip.ratio", name, limits.maxRatio());
		}
	}

	private static UploadRefusedException unreadable() {
		return new UploadRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "import.zip.unreadable");
	}

	private static long megabytes(long bytes) {
		return Math.max(1, bytes / (1024 * 1024));
	}

}
