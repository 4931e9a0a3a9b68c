package it.sportello.knowledge.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An operator confirmed reading a training's guidelines; once per operator and training. */
@Entity
@Table(name = "knowledge_training_confirmation")
class TrainingConfirmation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long trainingId;

	private String username;

	private Instant confirmedAt;

	TrainingConfirmation(long trainingId, String username, Instant confirmedAt) {
		this.trainingId = trainingId;
		this.username = username;
		this.confirmedAt = confirmedAt;
	}

	@SuppressWarnings("NullAway")
	protected TrainingConfirmation() {
	}

	long trainingId() {
		return trainingId;
	}

	String username() {
		return username;
	}

	Instant confirmedAt() {
		return confirmedAt;
	}

}
