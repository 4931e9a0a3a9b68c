package it.sportello.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import it.sportello.support.PageSessions;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A zip sent to the directory import is opened within bounds: one that would expand far beyond what a
 * directory needs (a "zip bomb", built here small on disk) is refused with a problem detail before it is read
 * whole, and one within bounds imports as before.
 */
@SportelloIntegrationTest
class DirectoryZipUploadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aZipThatExpandsToHundredsOfMegabytesIsRefusedWithAProblem() throws Exception {
		byte[] bomb = zipOfRepeatedBytes("employees.csv", 400L * 1024 * 1024);
		assertThat(bomb.length).as("small on disk").isLessThan(1024 * 1024);

		mvc.perform(multipart("/api/v1/directory/import").file(zip(bomb)).with(httpBasic("admin", "admin")))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("employees.csv")));
	}

	@Test
	void aZipOfThousandsOfEntriesIsRefusedWithAProblem() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < 5000; i++) {
				zip.putNextEntry(new ZipEntry("f" + i + ".csv"));
				zip.closeEntry();
			}
		}
		mvc.perform(multipart("/api/v1/directory/import").file(zip(bytes.toByteArray())).with(httpBasic("admin", "admin")))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail", containsString("file")));
	}

	@Test
	void theImportPageRefusesTheZipBombWithAMessage() throws Exception {
		byte[] bomb = zipOfRepeatedBytes("offices.csv", 400L * 1024 * 1024);
		MockHttpSession admin = PageSessions.loginAs(mvc, "admin");
		mvc.perform(multipart("/admin/directory/import").file(zip(bomb)).session(admin).with(csrf()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("offices.csv")));
	}

	@Test
	void aZipOfTheThreeFilesWithinBoundsPassesTheDryRun() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : new String[] { "departments.csv", "offices.csv", "employees.csv" }) {
				zip.putNextEntry(new ZipEntry("rubrica/" + name));
				zip.write(new ClassPathResource("demo/organization/" + name).getContentAsByteArray());
				zip.closeEntry();
			}
		}
		mvc.perform(multipart("/api/v1/directory/import").file(zip(bytes.toByteArray())).with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems").isEmpty())
			.andExpect(jsonPath("$.employees.unchanged").value(832));
	}

	private static MockMultipartFile zip(byte[] content) {
		return new MockMultipartFile("zip", "rubrica.zip", "application/zip", content);
	}

	/** One entry of {@code size} identical bytes, written a chunk at a time: megabytes in memory at most. */
	static byte[] zipOfRepeatedBytes(String name, long size) throws IOException {
		byte[] chunk = new byte[1024 * 1024];
		Arrays.fill(chunk, (byte) 'a');
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry(name));
			for (long written = 0; written < size; written += chunk.length) {
				zip.write(chunk);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
