package it.sportello.channels;

import java.util.List;

/**
 * The satisfaction survey's results (S-Q3), anonymous: per channel, level that answered and department, how many
 * citizens answered and their average marks (1-5) for the answer's usefulness and its speed. For the manager's
 * dashboards and reports.
 */
public interface Satisfaction {

	List<SatisfactionResult> results();

}
