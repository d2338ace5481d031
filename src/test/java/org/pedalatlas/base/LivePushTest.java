package org.pedalatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LivePushTest {

    private final LivePush push = new LivePush(List.of("workshop", "join", " j ", "play"));

    @Test
    void a_phone_opening_a_join_link_gets_push() {
        assertThat(push.isLive("join/483920")).isTrue();
        assertThat(push.isLive("/j/483920?x=1")).isTrue();
        assertThat(push.isLive("join")).isTrue();
    }

    @Test
    void the_presenter_screen_and_the_play_page_get_push() {
        assertThat(push.isLive("workshop/12/present")).isTrue();
        assertThat(push.isLive("/play/483920")).isTrue();
    }

    @Test
    void atlas_quiz_and_home_pages_go_without_push() {
        assertThat(push.isLive("")).isFalse();
        assertThat(push.isLive("/")).isFalse();
        assertThat(push.isLive("atlas/buddy-needle")).isFalse();
        assertThat(push.isLive("quiz")).isFalse();
        assertThat(push.isLive(null)).isFalse();
    }

    @Test
    void a_route_that_only_starts_like_a_live_one_is_not_live() {
        assertThat(push.isLive("joiner")).isFalse();
        assertThat(push.isLive("jam/1")).isFalse();
        assertThat(push.isLive("atlas/join")).isFalse();
    }
}
