// DocCheck — the app's one script: drag and drop on the lint page. Everything works without it.
document.addEventListener("DOMContentLoaded", function () {
  var drop = document.getElementById("drop");
  var input = document.getElementById("file");
  if (!drop || !input) return;
  ["dragenter", "dragover"].forEach(function (e) {
    drop.addEventListener(e, function (ev) { ev.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (e) {
    drop.addEventListener(e, function (ev) { ev.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (ev) {
    if (ev.dataTransfer && ev.dataTransfer.files.length > 0) {
      input.files = ev.dataTransfer.files;
      var label = drop.querySelector("span");
      if (label) label.textContent = ev.dataTransfer.files[0].name;
    }
  });
  input.addEventListener("change", function () {
    var label = drop.querySelector("span");
    if (label && input.files.length > 0) label.textContent = input.files[0].name;
  });
});
