// Activity pages: show the duration and satisfaction fields only for the items that ask for
// them, and "select all" for batch actions. Without JavaScript every field is simply shown.
(function () {
  function applyItem(picker) {
    var option = picker.options[picker.selectedIndex];
    var form = picker.form;
    ['hours', 'satisfaction'].forEach(function (name) {
      var group = form.querySelector('[data-lz-shown-for="' + name + '"]');
      if (!group) { return; }
      var wanted = option && option.getAttribute('data-' + name) === 'true';
      var invalid = group.querySelector('.is-invalid');
      group.hidden = !(wanted || invalid);
    });
  }

  function init(root) {
    root.querySelectorAll('[data-lz-item-picker]').forEach(function (picker) {
      if (picker.dataset.lzReady) { return; }
      picker.dataset.lzReady = 'true';
      applyItem(picker);
      picker.addEventListener('change', function () { applyItem(picker); });
    });
    root.querySelectorAll('[data-lz-select-all]').forEach(function (all) {
      if (all.dataset.lzReady) { return; }
      all.dataset.lzReady = 'true';
      all.addEventListener('change', function () {
        var name = all.getAttribute('data-lz-select-all');
        all.closest('form').querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) {
          box.checked = all.checked;
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSwap', function (event) { init(event.target); });
})();
