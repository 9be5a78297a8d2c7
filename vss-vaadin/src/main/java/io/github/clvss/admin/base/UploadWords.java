package io.github.clvss.admin.base;

import com.vaadin.flow.component.upload.UploadI18N;

/** The one place the upload component is given its words in French or English. */
public final class UploadWords {

    private UploadWords() {
    }

    /** An upload's own words (its defaults are English), in the person's language, given by {@code words} (a component's {@code getTranslation}). */
    public static UploadI18N of(java.util.function.Function<String, String> words) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(words.apply("upload.drop")).setMany(words.apply("upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(words.apply("import.choose")).setMany(words.apply("import.choose")))
                .setFile(new UploadI18N.File().setRetry(words.apply("upload.retry")).setStart(words.apply("upload.start"))
                        .setRemove(words.apply("upload.remove")))
                .setError(new UploadI18N.Error().setTooManyFiles(words.apply("upload.too-many"))
                        .setFileIsTooBig(words.apply("import.too-large")).setIncorrectFileType(words.apply("import.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(words.apply("upload.connecting"))
                                .setStalled(words.apply("upload.stalled")).setProcessing(words.apply("upload.processing"))
                                .setHeld(words.apply("upload.held")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(words.apply("upload.failed"))
                                .setUnexpectedServerError(words.apply("upload.failed")).setForbidden(words.apply("upload.failed"))
                                .setFileTooLarge(words.apply("import.too-large"))));
    }
}
