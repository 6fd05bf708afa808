package cn.lvzhi.publication;

import java.time.Instant;

/** A closed cycle: who closed it and when. */
public record CycleClosure(int year, String closedBy, Instant closedAt) {
}
