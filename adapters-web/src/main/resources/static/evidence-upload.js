// The evidence upload page, enhanced: a file may be dropped on the form, and the upload shows its progress. Without
// this script the form posts as it is. On success the browser follows the answer to the new evidence's page; when the
// upload is refused, the answer's form (with its messages) replaces this one.
(function () {
    "use strict";

    function enhance(form) {
        var zone = form.querySelector("[data-drop-zone]");
        var input = form.querySelector("input[type=file]");
        var progress = form.querySelector("[data-progress]");
        var status = form.querySelector("[data-status]");

        ["dragenter", "dragover"].forEach(function (type) {
            zone.addEventListener(type, function (event) {
                event.preventDefault();
                zone.classList.add("dragging");
            });
        });
        ["dragleave", "drop"].forEach(function (type) {
            zone.addEventListener(type, function () {
                zone.classList.remove("dragging");
            });
        });
        zone.addEventListener("drop", function (event) {
            event.preventDefault();
            if (event.dataTransfer && event.dataTransfer.files.length > 0) {
                input.files = event.dataTransfer.files;
                status.textContent = "Ready to upload " + input.files[0].name + ".";
            }
        });

        form.addEventListener("submit", function (event) {
            if (!window.XMLHttpRequest || !window.FormData) {
                return;
            }
            event.preventDefault();
            var request = new XMLHttpRequest();
            request.open("POST", form.action);
            progress.hidden = false;
            progress.value = 0;
            request.upload.addEventListener("progress", function (sent) {
                if (sent.lengthComputable) {
                    progress.value = Math.round(sent.loaded * 100 / sent.total);
                    status.textContent = "Uploading: " + progress.value + "%";
                }
            });
            request.addEventListener("load", function () {
                if (request.status < 400) {
                    window.location.assign(request.responseURL);
                    return;
                }
                var answer = new DOMParser().parseFromString(request.responseText, "text/html");
                var refused = answer.querySelector("main");
                if (refused) {
                    document.querySelector("main").replaceWith(refused);
                    var again = document.querySelector("form[data-upload]");
                    if (again) {
                        enhance(again);
                    }
                    var messages = document.querySelector(".form-errors");
                    if (messages) {
                        messages.focus();
                    }
                } else {
                    status.textContent = "The upload was refused (" + request.status + ").";
                }
            });
            request.addEventListener("error", function () {
                status.textContent = "The upload failed: the connection was lost.";
            });
            status.textContent = "Uploading…";
            request.send(new FormData(form));
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        var form = document.querySelector("form[data-upload]");
        if (form) {
            enhance(form);
        }
    });
}());
