package cn.lvzhi.activities.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lvzhi.activities.evidence.EvidenceFiles;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/**
 * The evidence files chosen on a record's pages (the report form, the record page): each added
 * through {@link EvidenceFiles}, those refused named in one message, so that one bad file does
 * not hold back the others.
 */
@Component
class EvidenceUploads {

	private final EvidenceFiles evidence;

	private final ActivityPageSupport support;

	EvidenceUploads(EvidenceFiles evidence, ActivityPageSupport support) {
		this.evidence = evidence;
		this.support = support;
	}

	/** Adds each chosen file; those refused (type, size, state) are named in a message. */
	int add(CurrentUser user, long id, List<MultipartFile> files, RedirectAttributes redirect) {
		if (files == null) {
			return 0;
		}
		int added = 0;
		var refused = new ArrayList<String>();
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				evidence.add(user, id, file.getOriginalFilename(), file.getSize(), file);
				added++;
			}
			catch (Problem problem) {
				refused.add(support.text("activities.evidence.refused", file.getOriginalFilename(),
						support.text(problem)));
			}
		}
		if (!refused.isEmpty()) {
			redirect.addFlashAttribute("error", String.join(";", refused));
		}
		return added;
	}
}
