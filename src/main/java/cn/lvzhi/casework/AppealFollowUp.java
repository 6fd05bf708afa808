package cn.lvzhi.casework;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** A follow-up (跟踪督办) on an appeal's timeline: what was done or asked, by whom, when. */
@Table("appeal_follow_up")
public record AppealFollowUp(String note, String byUsername, Instant at) {

	public static final int NOTE_MAX = 2000;
}
