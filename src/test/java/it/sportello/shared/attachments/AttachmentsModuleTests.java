package it.sportello.shared.attachments;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import it.sportello.support.ModuleTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The attachment store on PostgreSQL, with the shared module alone: type from the content, limits, nothing half-kept. */
@ApplicationModuleTest
@ModuleTestDatabase
// The shared module has no indexed entities: the search mapping of the whole application is not this test's.
@TestPropertySource(properties = { "sportello.attachments.max-size=64KB",
		"spring.jpa.properties.hibernate.search.enabled=false" })
class AttachmentsModuleTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPdfNamedAsAPictureIsStoredAsThePdfItIs() throws Exception {
		AttachmentView stored = attachments.store("C:\\Documenti\\foto.jpg", new ByteArrayInputStream(PDF));

		assertThat(stored.mediaType()).isEqualTo("application/pdf");
		assertThat(stored.name()).isEqualTo("foto.jpg");
		assertThat(stored.size()).isEqualTo(PDF.length);
		assertThat(stored.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
		assertThat(attachments.describe(stored.id())).contains(stored);
		assertThat(attachments.open(stored.id())).hasValueSatisfying(content -> {
			assertThat(content.bytes()).isEqualTo(PDF);
			assertThat(content.description()).isEqualTo(stored);
		});
	}

	@Test
	void aWindowsExecutableIsRefusedWhateverItsNameAndNothingIsStored() {
		byte[] executable = Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), 512);
		long before = count();

		assertThatThrownBy(() -> attachments.store("ricevuta.pdf", new ByteArrayInputStream(executable)))
			.isInstanceOfSatisfying(AttachmentRefusedException.class, refused -> {
				assertThat(refused.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
				assertThat(refused.code()).isEqualTo("attachment.type-not-allowed");
				assertThat(refused.args()).containsExactly("ricevuta.pdf", "application/x-msdownload");
			});
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aLinuxExecutableIsRefusedToo() {
		byte[] elf = Arrays.copyOf(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1 }, 256);

		assertThatThrownBy(() -> attachments.store("documento.txt", new ByteArrayInputStream(elf)))
			.isInstanceOf(AttachmentRefusedException.class);
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedWithContentTooLarge() {
		byte[] large = new byte[64 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		long before = count();

		assertThatThrownBy(() -> attachments.store("grande.pdf", new ByteArrayInputStream(large)))
			.isInstanceOfSatisfying(AttachmentRefusedException.class,
					refused -> assertThat(refused.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aFileAtTheSizeLimitIsKept() {
		byte[] atLimit = new byte[64 * 1024];
		System.arraycopy(PDF, 0, atLimit, 0, PDF.length);

		assertThat(attachments.store("limite.pdf", new ByteArrayInputStream(atLimit)).size()).isEqualTo(64 * 1024);
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> attachments.store("vuoto.pdf", new ByteArrayInputStream(new byte[0])))
			.isInstanceOfSatisfying(AttachmentRefusedException.class,
					refused -> assertThat(refused.code()).isEqualTo("attachment.empty"));
	}

	private long count() {
		Long count = jdbc.queryForObject("select count(*) from attachment", Long.class);
		return count == null ? 0 : count;
	}

}
