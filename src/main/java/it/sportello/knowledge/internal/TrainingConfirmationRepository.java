package it.sportello.knowledge.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingConfirmationRepository extends JpaRepository<TrainingConfirmation, Long> {

	List<TrainingConfirmation> findByTrainingIdOrderByUsername(long trainingId);

	Optional<TrainingConfirmation> findByTrainingIdAndUsername(long trainingId, String username);

	List<TrainingConfirmation> findByUsername(String username);

}
