package cn.lvzhi.roster;

import java.time.ZoneId;

/** A district (区): every record belongs to one, each with its own standard and cycles. */
public record District(long id, String code, String name, ZoneId timeZone) {
}
