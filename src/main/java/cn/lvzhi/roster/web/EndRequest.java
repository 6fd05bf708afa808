package cn.lvzhi.roster.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lvzhi.roster.Representative;

/** Ending a term: the last day and why (换届、调离、辞去…). */
record EndRequest(@NotNull LocalDate endedOn, @NotBlank @Size(max = Representative.END_REASON_MAX) String reason) {
}
