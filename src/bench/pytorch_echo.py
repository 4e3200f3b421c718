"""The notebook's echo LSTM in PyTorch, for side-by-side speed comparisons (one thread).

Used by compare-with-pytorch.sh; needs Python 3 with torch (pip install torch).

LSTM(features -> units), last time step -> Linear(units -> features) -> softmax cross-entropy, Adam.
Modes:
  target  : 10/25/7, 25 units, batch 32, Adam 0.01, held-out (1000) every 512 samples until >= 0.99;
            prints training seconds (evaluation excluded) and samples.
  batch1  : 10/25/7, 25 units, batch 1, Adam 0.001, 2000 samples; training samples/s.
  large   : 50/100/17, 128 units, batch 32, Adam 0.01, 6400 samples; training samples/s.
  sizes   : samples/s at batch 1 and 32 for 10/25 (25), 20/50 (64), 50/100 (128).
"""
import json
import sys
import time

import torch
import torch.nn as nn

torch.set_num_threads(1)


class Echo(nn.Module):
    def __init__(self, features, units):
        super().__init__()
        self.lstm = nn.LSTM(features, units, batch_first=True)
        self.dense = nn.Linear(units, features)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.dense(out[:, -1, :])


def batch(gen, length, features, index, size):
    seq = torch.randint(0, features, (size, length), generator=gen)
    x = torch.nn.functional.one_hot(seq, features).float()
    return x, seq[:, index]


def train(length, features, index, units, batch_size, lr, samples=None, target=None, seed=1):
    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    model = Echo(features, units)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    held_x, held_y = batch(torch.Generator().manual_seed(seed + 1000), length, features, index, 1000)
    seen, next_eval, train_s = 0, 512, 0.0
    accuracy = None
    while True:
        x, y = batch(gen, length, features, index, batch_size)
        start = time.perf_counter()
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
        train_s += time.perf_counter() - start
        seen += batch_size
        if target is not None and seen >= next_eval:
            next_eval += 512
            with torch.no_grad():
                accuracy = (model(held_x).argmax(1) == held_y).float().mean().item()
            if accuracy >= target or seen >= 1_000_000:
                break
        if samples is not None and seen >= samples:
            break
    return {"samples": seen, "trainSeconds": train_s, "samplesPerSecond": seen / train_s, "accuracy": accuracy}


def main():
    mode = sys.argv[1]
    if mode == "target":
        r = train(10, 25, 7, 25, 32, 0.01, target=0.99, seed=int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    elif mode == "batch1":
        r = train(10, 25, 7, 25, 1, 0.001, samples=2000)
    elif mode == "large":
        r = train(50, 100, 17, 128, 32, 0.01, samples=6400)
    elif mode == "sizes":
        r = {}
        for (length, features, units) in ((10, 25, 25), (20, 50, 64), (50, 100, 128)):
            for b in (1, 32):
                train(length, features, min(7, length - 1), units, b, 0.01, samples=b * 20)  # warm
                r[f"{length}/{features} {units}u b{b}"] = round(train(
                    length, features, min(7, length - 1), units, b, 0.01, samples=max(2000, b * 100))["samplesPerSecond"])
    else:
        raise SystemExit("mode: target | batch1 | large | sizes")
    print(json.dumps(r))


if __name__ == "__main__":
    main()
