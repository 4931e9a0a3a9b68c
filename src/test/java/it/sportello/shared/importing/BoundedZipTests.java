package it.sportello.shared.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each bound of an uploaded zip, checked on the bytes as they inflate. */
class BoundedZipTests {

	private static final ZipLimits LIMITS = new ZipLimits(5, 4L * 1024 * 1024, 6L * 1024 * 1024, 50);

	@Test
	void keepsTheWantedFilesByNameWhateverTheirFolder() throws IOException {
		byte[] zip = zip(Map.of("rubrica/a.csv", text("uno"), "b.csv", text("due"), "altro.txt", text("tre")));
		Map<String, byte[]> files = BoundedZip.files(zip, LIMITS, name -> name.endsWith(".csv"));
		assertThat(files).containsOnlyKeys("a.csv", "b.csv");
		assertThat(new String(files.get("a.csv"), StandardCharsets.UTF_8)).isEqualTo("uno");
	}

	@Test
	void refusesMoreEntriesThanAllowed() throws IOException {
		byte[] zip = zip(Map.of("1", text(""), "2", text(""), "3", text(""), "4", text(""), "5", text(""), "6",
				text("")));
		assertRefused(zip, "import.zip.too-many-entries");
	}

	@Test
	void refusesAFileThatExpandsBeyondItsBound() throws IOException {
		assertRefused(new ZipLimits(5, 4L * 1024 * 1024, 6L * 1024 * 1024, 100_000),
				zip(Map.of("a.csv", repeated(5 * 1024 * 1024))), "import.zip.entry-too-large");
	}

	@Test
	void refusesFilesThatTogetherExpandBeyondTheTotal() throws IOException {
		byte[] zip = zip(Map.of("a.csv", random(3_500_000), "b.csv", random(3_500_000)));
		assertRefused(new ZipLimits(5, 4L * 1024 * 1024, 6L * 1024 * 1024, 1000), zip, "import.zip.too-large");
	}

	@Test
	void refusesAnArchiveThatExpandsManyTimesItsSizeOnceAMegabyteIsPassed() throws IOException {
		assertRefused(zip(Map.of("a.csv", repeated(3 * 1024 * 1024))), "import.zip.ratio");
		assertThat(BoundedZip.files(zip(Map.of("a.csv", repeated(512 * 1024))), LIMITS, name -> true))
			.as("a small, very regular file is harmless").containsKey("a.csv");
	}

	@Test
	void refusesWhatIsNotAZipOrAnEmptyOne() throws IOException {
		assertThatThrownBy(() -> BoundedZip.files(zip(Map.of()), LIMITS, name -> true))
			.isInstanceOfSatisfying(UploadRefusedException.class,
					ex -> assertThat(ex.code()).isEqualTo("import.zip.unreadable"));
		assertThatThrownBy(() -> BoundedZip.files(text("not a zip, but long enough to look at"), LIMITS, name -> true))
			.isInstanceOfSatisfying(UploadRefusedException.class, ex -> {
				assertThat(ex.code()).isEqualTo("import.zip.unreadable");
				assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
			});
	}

	private static void assertRefused(byte[] zip, String code) {
		assertRefused(LIMITS, zip, code);
	}

	private static void assertRefused(ZipLimits limits, byte[] zip, String code) {
		assertThatThrownBy(() -> BoundedZip.files(zip, limits, name -> true))
			.isInstanceOfSatisfying(UploadRefusedException.class, ex -> {
				assertThat(ex.code()).isEqualTo(code);
				assertThat(ex.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
			});
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] repeated(int size) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, (byte) ';');
		return bytes;
	}

	private static byte[] random(int size) {
		byte[] bytes = new byte[size];
		new java.util.Random(7).nextBytes(bytes);
		return bytes;
	}

	private static byte[] zip(Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
