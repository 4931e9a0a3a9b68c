package it.sportello.organization.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import it.sportello.organization.EmployeeView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Renders the printable directory as a PDF (OpenPDF): one section per department starting on a new page,
 * a block per office with its number, then its people by surname with extension and direct line. The date
 * is in the header of every page, since printed copies outlive their day.
 */
@Component
public class DirectoryPdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	// The 14 standard fonts are Latin-1 (Cp1252): enough for Italian names and accents, no font files to ship.
	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 16);

	private static final Font DEPARTMENT = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 13);

	private static final Font OFFICE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 10);

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 8.5f);

	private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 8.5f);

	public byte[] render(PrintedDirectory directory) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 48, 40);
		PdfWriter.getInstance(document, pdf);
		String dated = "Rubrica telefonica della Regione – aggiornata al " + DAY.format(directory.updatedOn());
		document.addTitle("Rubrica telefonica della Regione");
		HeaderFooter header = new HeaderFooter(new Phrase(dated, TEXT), false);
		header.setAlignment(Element.ALIGN_RIGHT);
		header.setBorder(HeaderFooter.BOTTOM);
		document.setHeader(header);
		HeaderFooter footer = new HeaderFooter(new Phrase("pagina ", TEXT), true);
		footer.setAlignment(Element.ALIGN_CENTER);
		footer.setBorder(HeaderFooter.NO_BORDER);
		document.setFooter(footer);
		document.open();
		document.add(new Paragraph("Rubrica telefonica", TITLE));
		document.add(new Paragraph("Aggiornata al " + DAY.format(directory.updatedOn()) + " – " + directory.people()
				+ " persone. Interni da telefono della Regione, linee dirette dall'esterno.", TEXT));
		boolean first = true;
		for (PrintedDirectory.DepartmentSection section : directory.departments()) {
			if (!first) {
				document.newPage();
			}
			first = false;
			Paragraph title = new Paragraph(section.department().name(), DEPARTMENT);
			title.setSpacingBefore(8);
			document.add(title);
			for (PrintedDirectory.OfficeSection office : section.offices()) {
				document.add(officeTable(office));
			}
		}
		document.close();
		return pdf.toByteArray();
	}

	private static PdfPTable officeTable(PrintedDirectory.OfficeSection section) {
		PdfPTable table = new PdfPTable(new float[] { 34, 20, 10, 16, 20 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(8);
		table.setHeaderRows(2);
		// A long office is split over pages: its title and column heads repeat, and a person never is.
		table.setSplitRows(false);
		String title = section.office().name() + (section.office().isUrp() ? " (URP)" : "")
				+ (section.office().phone() == null ? "" : "  –  tel. " + section.office().phone());
		PdfPCell heading = new PdfPCell(new Phrase(title, OFFICE));
		heading.setColspan(5);
		heading.setBackgroundColor(new Color(0xE6, 0xF0, 0xFA));
		heading.setPadding(4);
		table.addCell(heading);
		for (String column : new String[] { "Cognome e nome", "Qualifica", "Interno", "Linea diretta", "Stanza" }) {
			table.addCell(cell(column, HEAD));
		}
		for (EmployeeView person : section.people()) {
			String name = person.lastName() + " " + person.firstName() + (person.title() == null ? "" : ", " + person.title());
			table.addCell(cell(name, TEXT));
			table.addCell(cell(person.interimPositionIn(section.office().code())
					+ (person.officeCode().equals(section.office().code()) ? "" : " ad interim"), TEXT));
			table.addCell(cell(person.extension(), TEXT));
			table.addCell(cell(person.directPhone(), TEXT));
			table.addCell(cell(person.room(), TEXT));
		}
		if (section.people().isEmpty()) {
			PdfPCell none = cell("nessun interno assegnato", TEXT);
			none.setColspan(5);
			table.addCell(none);
		}
		return table;
	}

	private static PdfPCell cell(@Nullable String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text == null ? "" : text, font)));
		cell.setPadding(2.5f);
		cell.setBorderColor(Color.LIGHT_GRAY);
		return cell;
	}

}
