package cn.lvzhi.casework;

import java.util.Optional;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The kinds of document accepted for a proposal filed on paper — a scan (PDF) or a photo of the
 * paper (JPEG, PNG) — each judged from the file's bytes, never from its name or the type the
 * browser claims. Narrower than evidence files on purpose: the paper original is a scan, and an
 * Office file would need the deeper checks of {@code activities.evidence}, which that module keeps
 * to itself.
 */
enum ProposalDocumentType {

	PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

	private final String contentType;

	private final String extension;

	ProposalDocumentType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	String contentType() {
		return contentType;
	}

	String extension() {
		return extension;
	}

	/** The type of this content, or empty if it is none of the accepted kinds. */
	static Optional<ProposalDocumentType> of(byte[] content) {
		if (content.length < 8) {
			return Optional.empty();
		}
		return switch (FileMagic.valueOf(content)) {
			case PDF -> Optional.of(PDF);
			case JPEG -> Optional.of(JPEG);
			case PNG -> Optional.of(PNG);
			default -> Optional.empty();
		};
	}
}
