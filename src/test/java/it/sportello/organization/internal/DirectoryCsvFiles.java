package it.sportello.organization.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.springframework.core.io.ClassPathResource;

/** The demo directory files as text, and variants of them for tests (an Object Mother for CSV). */
final class DirectoryCsvFiles {

	final String departments;

	final String offices;

	final String employees;

	private DirectoryCsvFiles(String departments, String offices, String employees) {
		this.departments = departments;
		this.offices = offices;
		this.employees = employees;
	}

	static DirectoryCsvFiles demo() {
		return new DirectoryCsvFiles(read("departments.csv"), read("offices.csv"), read("employees.csv"));
	}

	DirectoryCsvFiles departments(UnaryOperator<String> change) {
		return new DirectoryCsvFiles(change.apply(departments), offices, employees);
	}

	DirectoryCsvFiles offices(UnaryOperator<String> change) {
		return new DirectoryCsvFiles(departments, change.apply(offices), employees);
	}

	DirectoryCsvFiles employees(UnaryOperator<String> change) {
		return new DirectoryCsvFiles(departments, offices, change.apply(employees));
	}

	DirectoryCsvFiles all(UnaryOperator<String> change) {
		return new DirectoryCsvFiles(change.apply(departments), change.apply(offices), change.apply(employees));
	}

	DirectoryFiles files() {
		return new DirectoryFiles(bytes(departments), bytes(offices), bytes(employees));
	}

	/** The line of the file (1 = header) that contains the text. */
	static int lineOf(String file, String text) {
		String[] lines = file.split("\r?\n");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(text)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(text);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String read(String name) {
		try {
			return new ClassPathResource("demo/organization/" + name).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
