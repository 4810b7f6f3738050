// Draws /sandbox/state once a second. Every value is put into the page as a text node (el() below), never as
// markup: texts, numbers and answers are user input.
'use strict';

let lastState = '';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

function statusCell(status, text) {
  return el('span', { class: 'status s' + status }, text + ' (' + status + ')');
}

function recipientRow(order, recipient) {
  const actions = el('td', { class: 'actions' });
  if (recipient.settleable) {
    for (const action of ['deliver', 'fail']) {
      const button = el('button', { type: 'button', class: action, 'data-action': action }, action);
      button.addEventListener('click', () => settle(order.id, recipient.index, action, button));
      actions.append(button, ' ');
    }
  }
  const timeline = el('ul', { class: 'timeline' },
    ...recipient.timeline.map(step => el('li', {}, el('time', {}, step.at.substring(11)), step.text + ' (' + step.status + ')')));
  return el('tr', { class: 'recipient', 'data-order': order.id, 'data-number': recipient.number },
    el('td', {}, recipient.number, recipient.testNumber ? el('span', { class: 'tag', title: 'test number' }, recipient.testNumber) : null),
    el('td', {}, statusCell(recipient.status, recipient.statusText)),
    el('td', {}, timeline),
    actions);
}

function orderCard(order) {
  const statusText = { 113: 'sending', 114: 'complete', 115: 'cancelled' }[order.status];
  const card = el('article', { class: 'order', 'data-order-id': order.id },
    el('div', { class: 'order-head' },
      el('span', { class: 'id' }, 'Order ' + order.id),
      statusCell(order.status, statusText),
      el('span', { class: 'meta' }, 'from ' + order.sender + ' · submitted ' + order.submitAt
        + (order.started ? '' : ' · scheduled for ' + order.sendAt) + ' · ' + order.recipientCount + ' recipient(s)')));
  for (const message of order.messages) {
    const rows = message.recipients.map(recipient => recipientRow(order, recipient));
    card.append(el('div', { class: 'message' },
      el('p', { class: 'text', lang: 'tr' }, message.text),
      el('div', { class: 'parts' }, message.characters + ' characters · ' + message.parts + ' part(s) · ' + message.encoding),
      el('table', {}, el('tbody', {}, ...rows))));
  }
  const shown = order.messages.reduce((sum, message) => sum + message.recipients.length, 0);
  if (shown < order.recipientCount) {
    card.append(el('p', { class: 'hint' }, (order.recipientCount - shown) + ' more recipient(s) not shown'));
  }
  return card;
}

function draw(state) {
  document.getElementById('clock').textContent = 'sandbox clock ' + state.now;
  document.getElementById('balance').textContent = 'Balance: ' + state.balance.sms + ' SMS credits · ' + state.balance.amount + ' TL';
  const orders = document.getElementById('orders');
  orders.replaceChildren(...(state.orders.length ? state.orders.map(orderCard)
    : [el('p', { class: 'empty' }, 'No order yet: send one through the API.')]));
  const inbox = document.getElementById('inbox');
  inbox.replaceChildren(...state.inbox.map(message => el('li', { 'data-id': message.id },
    el('div', { class: 'from' }, message.date + ' · ' + message.sender + ' → ' + message.receiver),
    el('div', { class: 'text', lang: 'tr' }, message.text))));
  document.getElementById('targets').textContent = state.pushTargets.length
    ? 'Pushing to ' + state.pushTargets.join(', ') : 'No push URL set (--push-url): nothing is pushed.';
  document.getElementById('pushes').replaceChildren(...state.pushes.map(push => el('tr', { class: 'push' },
    el('td', {}, push.sequence),
    el('td', {}, push.at.substring(11)),
    el('td', { class: 'to', title: push.url }, push.to + ' · order ' + push.orderId),
    el('td', {}, push.status),
    el('td', {}, push.attempt + (push.retried ? ' ↻' : '')),
    el('td', { class: 'answer ' + (push.httpStatus >= 200 && push.httpStatus < 300 ? 'good' : 'bad') },
      (push.httpStatus ? push.httpStatus + ' ' : '') + push.answer))));
}

async function refresh() {
  try {
    const response = await fetch('/sandbox/state', { cache: 'no-store' });
    const text = await response.text();
    if (text !== lastState) {
      lastState = text;
      draw(JSON.parse(text));
    }
  } catch (e) {
    document.getElementById('clock').textContent = 'sandbox not reachable';
  }
}

async function post(path, body) {
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}) });
  const answer = await response.json();
  if (!response.ok) {
    throw new Error(answer.error || response.status);
  }
  return answer;
}

async function settle(orderId, index, action, button) {
  button.disabled = true;
  try {
    await post('/sandbox/orders/' + orderId + '/recipients/' + index + '/' + action);
  } catch (e) {
    alert(e.message);
  }
  await refresh();
}

document.getElementById('receive').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  const result = document.getElementById('receive-result');
  try {
    const answer = await post('/sandbox/inbox', { sender: form.sender.value, receiver: form.receiver.value, text: form.text.value });
    result.className = '';
    result.textContent = 'Received as message ' + answer.id;
    form.text.value = '';
  } catch (e) {
    result.className = 'error';
    result.textContent = e.message;
  }
  await refresh();
});

refresh();
setInterval(refresh, 1000);
