package cn.lvzhi.ledger.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lvzhi.ledger.Ledger;

/** The evaluation group's manual adjustment of a representative's cycle, with its reason. */
record AdjustmentForm(@NotNull Long representativeId, @NotNull Integer year,
		@NotNull @Min(-Ledger.ADJUSTMENT_MAX) @Max(Ledger.ADJUSTMENT_MAX) Integer points,
		@NotBlank @Size(max = Ledger.REASON_MAX) String reason) {
}
