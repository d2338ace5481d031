package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any nickname a phone sends is either accepted or refused with a message; no exception escapes. Only the public
 * API is used: the rules' internals are being rewritten.
 */
class NicknameFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void any_nickname_gets_an_answer_never_an_exception(FuzzedDataProvider data) {
        String nickname = data.consumeRemainingAsString();
        var problem = SessionRules.nicknameProblem(nickname);
        assertThat(problem).isNotNull();
        problem.ifPresent(p -> assertThat(p.message()).isNotBlank());
        assertThat(SessionRules.cleanNickname(nickname)).isNotNull();
        assertThat(SessionRules.nicknameKey(nickname)).isNotNull();
    }
}
