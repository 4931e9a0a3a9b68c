package it.sportello.organization.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import it.sportello.organization.DirectoryCommand;
import it.sportello.organization.ImportCounts;
import it.sportello.organization.ImportOptions;
import it.sportello.organization.ImportProblem;
import it.sportello.organization.ImportReport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.MessageSource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs {@link DirectoryCommand} when the application is started with it: imports the three files of a folder,
 * prints the report (problems as {@code file:line: [field] reason}, like a compiler, so editors can jump to
 * them) and leaves the exit status for {@code SpringApplication.exit}.
 */
@Component
class DirectoryImportRunner implements ApplicationRunner, ExitCodeGenerator {

	private final DirectoryImport directoryImport;

	private PrintStream out = System.out;

	private int exitCode;

	private final MessageSource messages;

	DirectoryImportRunner(DirectoryImport directoryImport, MessageSource messages) {
		this.messages = messages;
		this.directoryImport = directoryImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> plain = args.getNonOptionArgs();
		if (plain.isEmpty() || !DirectoryCommand.NAME.equals(plain.get(0))) {
			return;
		}
		if (plain.size() != 2 || !Files.isDirectory(Path.of(plain.get(1)))) {
			out.println("uso: java -jar sportello.jar import-directory CARTELLA [--dry-run] [--remove-missing]");
			out.println("     CARTELLA contiene departments.csv, offices.csv, employees.csv");
			exitCode = 2;
			return;
		}
		ImportOptions options = new ImportOptions(args.containsOption("dry-run"), args.containsOption("remove-missing"));
		long start = System.nanoTime();
		ImportReport report = directoryImport.run(DirectoryFiles.fromDirectory(Path.of(plain.get(1))), options,
				"cli:" + System.getProperty("user.name", "?"));
		long millis = (System.nanoTime() - start) / 1_000_000;
		print(report);
		// Read by bench/directory-import.sh: the import alone, without the JVM's and Spring's start-up.
		out.println("durata dell'importazione: " + millis + " ms");
		exitCode = report.hasProblems() ? 1 : 0;
	}

	private void print(ImportReport report) {
		for (ImportProblem problem : report.problems()) {
			out.printf("%s:%d: %s%s%n", problem.file(), problem.line(),
					problem.field() == null ? "" : "[" + problem.field() + "] ",
					messages.getMessage(problem.reason(), Locale.ITALIAN));
		}
		counts("dipartimenti", report.departments());
		counts("uffici", report.offices());
		counts("dipendenti", report.employees());
		if (!report.missingKeys().isEmpty()) {
			out.println("mancanti dai file: " + String.join(", ", report.missingKeys()));
		}
		out.println(report.hasProblems() ? report.problems().size() + " problemi: nessuna modifica"
				: report.dryRun() ? "prova senza modifiche: nessun problema" : "importazione completata");
	}

	private void counts(String what, ImportCounts counts) {
		out.printf("%-12s creati %d, modificati %d, invariati %d, mancanti %d, eliminati %d%n", what, counts.created(),
				counts.updated(), counts.unchanged(), counts.missing(), counts.removed());
	}

	void printTo(PrintStream out) {
		this.out = out;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
