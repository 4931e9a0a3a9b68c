package it.sportello.search.internal;

import java.sql.Timestamp;
import java.util.Set;

import it.sportello.organization.DirectorySearchFixtures;
import it.sportello.search.HitType;
import it.sportello.search.SearchBox;
import it.sportello.search.SearchIndexes;
import it.sportello.search.SearchQuery;
import it.sportello.support.MutableClock;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node asks the database for a text's learnt boosts only when it knows the text has some: a boost learnt on
 * another node (a row this node did not write) counts here once the node has re-read which texts have boosts.
 */
@SportelloIntegrationTest
class BoostsFromOtherNodesIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexes indexes;

	@Autowired
	SearchBox box;

	@Autowired
	JdbcSearchLearning learning;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void setUp() {
		DirectorySearchFixtures.demoDirectory(jdbc, indexes);
		jdbc.update("delete from search_boost");
	}

	@Test
	void aBoostWrittenByAnotherNodeRanksItsEntryFirstAfterTheReload() {
		SearchQuery query = new SearchQuery("giuseppe rossi", Set.of(HitType.PERSON), 10);
		String first = box.search(query).content().get(0).id();
		String second = box.search(query).content().get(1).id();
		jdbc.update("insert into search_boost (text, hit_type, hit_id, weight, updated_at) values (?, ?, ?, ?, ?)",
				"giuseppe rossi", "PERSON", second, 1.0, Timestamp.from(clock.instant()));

		learning.reloadBoostedTexts();

		assertThat(box.search(query).content().get(0).id()).isEqualTo(second).isNotEqualTo(first);
	}

}
