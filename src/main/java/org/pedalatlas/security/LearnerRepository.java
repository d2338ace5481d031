package org.pedalatlas.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearnerRepository extends JpaRepository<Learner, Long> {

    Optional<Learner> findByUsernameIgnoreCase(String username);
}
