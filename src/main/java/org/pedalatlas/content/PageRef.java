package org.pedalatlas.content;

/** A reference to an atlas page: its id, its title and the address that opens it. The one link type of the atlas. */
public record PageRef(String id, String title) {

    public String href() {
        return "atlas/" + id;
    }
}
