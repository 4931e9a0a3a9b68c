package it.sportello.organization.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import it.sportello.shared.importing.BoundedZip;
import it.sportello.shared.importing.ZipLimits;
import org.jspecify.annotations.Nullable;

/**
 * The three files of a directory import, as bytes; a file that was not given is null and reported as
 * missing. They come from a folder (command line), an upload of three files, or a zip (admin page).
 */
public record DirectoryFiles(byte @Nullable [] departments, byte @Nullable [] offices, byte @Nullable [] employees) {

	public static final String DEPARTMENTS = "departments.csv";

	public static final String OFFICES = "offices.csv";

	public static final String EMPLOYEES = "employees.csv";

	public static DirectoryFiles fromDirectory(Path directory) {
		return new DirectoryFiles(read(directory.resolve(DEPARTMENTS)), read(directory.resolve(OFFICES)),
				read(directory.resolve(EMPLOYEES)));
	}

	/**
	 * The files by name anywhere in the zip (a zip of a folder puts them under the folder's name), opened within
	 * the limits.
	 * @throws it.sportello.shared.importing.UploadRefusedException when the zip would expand beyond them
	 */
	public static DirectoryFiles fromZip(byte[] zip, ZipLimits limits) {
		Map<String, byte[]> files = BoundedZip.files(zip, limits, Set.of(DEPARTMENTS, OFFICES, EMPLOYEES)::contains);
		return new DirectoryFiles(files.get(DEPARTMENTS), files.get(OFFICES), files.get(EMPLOYEES));
	}

	private static byte @Nullable [] read(Path file) {
		try {
			return Files.exists(file) ? Files.readAllBytes(file) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
