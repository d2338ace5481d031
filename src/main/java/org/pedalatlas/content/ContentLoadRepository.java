package org.pedalatlas.content;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContentLoadRepository extends JpaRepository<ContentLoad, Long> {

    Optional<ContentLoad> findFirstByContentVersionOrderByLoadedAtAsc(String contentVersion);
}
