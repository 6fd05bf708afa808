package cn.lvzhi.publication.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The office's form to draft a quarter's list. */
record DraftForm(@NotNull @Min(1900) @Max(9999) Integer year, @NotNull @Min(1) @Max(4) Integer quarter) {
}
