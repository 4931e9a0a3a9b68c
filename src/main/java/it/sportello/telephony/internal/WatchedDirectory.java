package it.sportello.telephony.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import it.sportello.shared.DomainException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Imports the switch's rotated logs from a folder ({@code sportello.telephony.watch-directory}), oldest first:
 * each file whose name matches the pattern, once it has not changed for a while, and once per version (name, size
 * and modification time, remembered in {@code telephony_import}). The import being idempotent, a file rotated
 * with a new name but the same lines adds nothing.
 */
@Component
class WatchedDirectory {

	private static final Logger log = LoggerFactory.getLogger(WatchedDirectory.class);

	private final CallImport calls;

	private final JdbcTemplate jdbc;

	private final TelephonyProperties properties;

	private final Clock clock;

	WatchedDirectory(CallImport calls, JdbcTemplate jdbc, TelephonyProperties properties, Clock clock) {
		this.calls = calls;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sportello.telephony.watch-every:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "telephony-watched-directory")
	public void poll() {
		if (properties.watchDirectory() != null) {
			importNew();
		}
	}

	/** Imports the new files; returns how many. */
	int importNew() {
		Path folder = properties.watchDirectory();
		if (folder == null || !Files.isDirectory(folder)) {
			return 0;
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, properties.watchPattern())) {
			stream.forEach(files::add);
		}
		catch (IOException ex) {
			log.warn("Telephony: the folder {} cannot be read: {}", folder, ex.getMessage());
			return 0;
		}
		files.sort(Comparator.comparing(WatchedDirectory::modified));
		int imported = 0;
		for (Path file : files) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				if (!attributes.isRegularFile() || attributes.lastModifiedTime()
					.toInstant()
					.isAfter(clock.instant().minus(properties.watchSettle()))) {
					continue;
				}
				String key = file.getFileName() + "|" + attributes.size() + "|"
						+ attributes.lastModifiedTime().toMillis();
				Integer seen = jdbc.queryForObject("select count(*) from telephony_import where source_key = ?",
						Integer.class, key);
				if (seen != null && seen > 0) {
					continue;
				}
				try (InputStream in = Files.newInputStream(file)) {
					calls.run(file.getFileName().toString(), in, "cartella", key, Locale.ITALIAN);
					imported++;
				}
			}
			catch (DomainException refused) {
				log.warn("Telephony: {} not imported: {}", file.getFileName(), refused.code());
			}
			catch (IOException ex) {
				log.warn("Telephony: {} not read: {}", file.getFileName(), ex.getMessage());
			}
		}
		return imported;
	}

	private static long modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			return Long.MAX_VALUE;
		}
	}

}
