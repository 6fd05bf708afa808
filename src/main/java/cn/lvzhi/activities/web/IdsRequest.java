package cn.lvzhi.activities.web;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code {ids: [...]}} of a batch: at most 1000 records at once. */
record IdsRequest(@NotEmpty @Size(max = 1000) List<@NotNull Long> ids) {
}
