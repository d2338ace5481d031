package org.pedalatlas.trees;

/** An address names a path that the tree or case does not allow; the message is fit to show to the learner. */
public class PathNotInTree extends RuntimeException {

    public PathNotInTree(String message) {
        super(message);
    }
}
