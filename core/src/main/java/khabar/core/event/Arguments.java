package khabar.core.event;

/**
 * Who did it and to whom, for one trigger.
 *
 * @param source actor1, or null
 * @param target actor2, or null
 */
record Arguments(Actor source, Actor target) {
}
