package it.sportello.knowledge.internal;

import it.sportello.shared.EveryNode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With several nodes ({@code sportello.search.backend=opensearch}), keeps this node's knowledge index in step with
 * the sheets and procedures other nodes change: every {@code sportello.knowledge.index-follow-every} (two seconds
 * unless configured) it compares their row versions with those it indexed ({@link KnowledgeSearchIndex#followDatabase}).
 */
@Component
@ConditionalOnProperty(name = "sportello.search.backend", havingValue = "opensearch")
class KnowledgeIndexFollower {

	private final KnowledgeSearchIndex index;

	KnowledgeIndexFollower(KnowledgeSearchIndex index) {
		this.index = index;
	}

	@Scheduled(fixedDelayString = "${sportello.knowledge.index-follow-every:PT2S}",
			initialDelayString = "${sportello.knowledge.index-follow-every:PT2S}")
	@EveryNode("each node keeps its own knowledge index in memory")
	void follow() {
		index.followDatabase();
	}

}
