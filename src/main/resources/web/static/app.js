// Progressive enhancement only: every action works as a plain form without this script.
// Upvotes are sent in the background so the page does not reload.
document.addEventListener("submit", async (e) => {
  const form = e.target;
  if (!form.classList || !form.classList.contains("vote-form")) return;
  e.preventDefault();
  const body = new URLSearchParams(new FormData(form));
  const res = await fetch(form.action, {
    method: "POST",
    body,
    headers: { "X-Requested-With": "fetch" },
    credentials: "same-origin",
  });
  if (!res.ok) { form.submit(); return; }
  const data = await res.json();
  const button = form.querySelector("button");
  const up = form.querySelector("input[name=up]");
  up.value = data.voted ? "false" : "true";
  button.classList.toggle("voted", data.voted);
  button.setAttribute("aria-pressed", data.voted ? "true" : "false");
  const count = form.parentElement.querySelector(".count") || form.querySelector(".count");
  if (count) count.textContent = data.votes;
});
