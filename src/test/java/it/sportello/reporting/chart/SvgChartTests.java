package it.sportello.reporting.chart;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTests {

	@Test
	void aBarChartIsANamedImageWithOneBarPerValueAndEscapedLabels() {
		String svg = SvgChart.bars("Ticket <per> canale", List.of(new SvgChart.Point("A&B", 3),
				new SvgChart.Point("\"x\"", 7)));
		assertThat(svg).startsWith("<svg").endsWith("</svg>");
		assertThat(svg).contains("role=\"img\"", "aria-label=\"Ticket &lt;per&gt; canale\"", "A&amp;B: 3", "&quot;x&quot;: 7");
		assertThat(svg.split("<rect", -1)).hasSize(3);
		assertThat(svg).doesNotContain("style=");
	}

	@Test
	void numbersAreWrittenWithADecimalPointWhateverTheLocale() {
		java.util.Locale before = java.util.Locale.getDefault();
		try {
			java.util.Locale.setDefault(java.util.Locale.ITALY);
			String svg = SvgChart.line("Giorni", List.of(new SvgChart.Point("1", 1), new SvgChart.Point("2", 3)));
			assertThat(svg).containsPattern("cx=\"\\d+\\.\\d\"").doesNotContainPattern("cx=\"\\d+,\\d\"");
			assertThat(svg).contains("<path d=\"M");
		}
		finally {
			java.util.Locale.setDefault(before);
		}
	}

	@Test
	void theScaleTopsAtARoundNumber() {
		assertThat(SvgChart.niceMax(List.of(new SvgChart.Point("a", 7)))).isEqualTo(10);
		assertThat(SvgChart.niceMax(List.of(new SvgChart.Point("a", 130)))).isEqualTo(200);
		assertThat(SvgChart.niceMax(List.of())).isEqualTo(1);
	}

}
