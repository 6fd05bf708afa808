package cn.lvzhi.roster.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.lvzhi.roster.Representative;

/** The page form that ends a term. */
record EndForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
		@NotBlank @Size(max = Representative.END_REASON_MAX) String reason) {
}
