package it.sportello.reporting.tickets;

import java.io.PrintStream;

import it.sportello.reporting.DashboardCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Runs {@link DashboardCommand} when the application is started with it, and prints what was rebuilt. */
@Component
class DashboardRebuildRunner implements ApplicationRunner {

	private final DashboardRebuild rebuild;

	private PrintStream out = System.out;

	DashboardRebuildRunner(DashboardRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DashboardCommand.isInvokedBy(args.getSourceArgs())) {
			return;
		}
		DashboardRebuild.Rebuilt done = rebuild.rebuild();
		out.printf("cruscotti ricostruiti: %d ticket, %d eventi%n", done.tickets(), done.events());
	}

	void printTo(PrintStream out) {
		this.out = out;
	}

}
