package org.pedalatlas.trees;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseResultRepository extends JpaRepository<CaseResult, Long> {

    Optional<CaseResult> findByLearnerIdAndCaseId(long learnerId, String caseId);

    List<CaseResult> findByLearnerId(long learnerId);
}
