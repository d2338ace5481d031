#!/usr/bin/env python3
"""Who holds the byte[] and char[] of a JVM heap dump: each array with the class and field that points to it and,
one level up, who points to that (a HeapByteBuffer inside a WebSocket frame, say), summed per phone.
Usage: jcmd <pid> GC.heap_dump /tmp/h.hprof; scripts/hprof-owners.py /tmp/h.hprof <phones>
Plain Python, no packages: reads the HPROF 1.0.2 format (8-byte ids) with mmap. Used in docs/benchmark.md."""
import struct, sys, collections, mmap
path=sys.argv[1]; phones=int(sys.argv[2])
f=open(path,'rb'); m=mmap.mmap(f.fileno(),0,access=mmap.ACCESS_READ)
end=m.find(b'\0'); pos=end+1
idsize=struct.unpack('>I',m[pos:pos+4])[0]; pos+=12
assert idsize==8
SZ={2:8,4:1,5:2,6:4,7:8,8:1,9:2,10:4,11:8}
strings={}; classname={}
classes={}  # id -> (super, [(name,type)])
def segments():
    p=pos
    while p<len(m):
        tag=m[p]; ln=struct.unpack('>I',m[p+5:p+9])[0]; body=p+9
        yield tag,body,ln
        p=body+ln
# pass 0: strings and class names
for tag,b,ln in segments():
    if tag==1: strings[struct.unpack('>Q',m[b:b+8])[0]]=m[b+8:b+ln].decode('utf8','replace')
    elif tag==2:
        cid=struct.unpack('>Q',m[b+4:b+12])[0]; nid=struct.unpack('>Q',m[b+16:b+24])[0]; classname[cid]=nid
classname={k:strings.get(v,'?') for k,v in classname.items()}
def walk(handler):
    for tag,b,ln in segments():
        if tag not in (0x0c,0x1c): continue
        p=b; e=b+ln
        while p<e:
            t=m[p]; p+=1
            if t==0xff: p+=8
            elif t==1: p+=16
            elif t in (2,3): p+=16
            elif t==4: p+=12
            elif t==5: p+=8
            elif t==6: p+=12
            elif t==7: p+=8
            elif t==8: p+=16
            elif t==0x20:
                cid,=struct.unpack('>Q',m[p:p+8]); sup,=struct.unpack('>Q',m[p+12:p+20]); q=p+8+4+8*6+4
                n,=struct.unpack('>H',m[q:q+2]); q+=2
                for _ in range(n): ty=m[q+2]; q+=3+SZ[ty]
                n,=struct.unpack('>H',m[q:q+2]); q+=2
                for _ in range(n): ty=m[q+8]; q+=9+SZ[ty]
                n,=struct.unpack('>H',m[q:q+2]); q+=2
                fields=[]
                for _ in range(n):
                    nid,=struct.unpack('>Q',m[q:q+8]); fields.append((strings.get(nid,'?'),m[q+8])); q+=9
                handler('class',(cid,sup,fields)); p=q
            elif t==0x21:
                oid,=struct.unpack('>Q',m[p:p+8]); cid,=struct.unpack('>Q',m[p+12:p+20]); nb,=struct.unpack('>I',m[p+20:p+24])
                handler('inst',(oid,cid,p+24,nb)); p+=24+nb
            elif t==0x22:
                oid,=struct.unpack('>Q',m[p:p+8]); n,=struct.unpack('>I',m[p+12:p+16]); cid,=struct.unpack('>Q',m[p+16:p+24])
                handler('oarr',(oid,cid,p+24,n)); p+=24+8*n
            elif t==0x23:
                oid,=struct.unpack('>Q',m[p:p+8]); n,=struct.unpack('>I',m[p+12:p+16]); ty=m[p+16]
                handler('parr',(oid,ty,n)); p+=17+n*SZ[ty]
            else: raise Exception('bad subtag %x at %d'%(t,p))
arrays={}
def h1(kind,d):
    if kind=='class': classes[d[0]]=(d[1],d[2])
    elif kind=='parr' and d[1] in (5,8): arrays[d[0]]=(d[1],d[2]*SZ[d[1]]+16)
walk(h1)
layout={}
def lay(cid):
    if cid in layout: return layout[cid]
    out=[]; c=cid
    while c and c in classes:
        out.extend(classes[c][1]); c=classes[c][0]
    layout[cid]=out; return out
owner={}  # array id -> (owner id, owner class, field)
def refs(cid,b,nb):
    p=b
    for name,ty in lay(cid):
        if ty==2:
            yield name,struct.unpack('>Q',m[p:p+8])[0]
        p+=SZ[ty]
def h2(kind,d):
    if kind=='inst':
        oid,cid,b,nb=d
        for name,r in refs(cid,b,nb):
            if r in arrays: owner[r]=(oid,classname.get(cid,'?'),name)
walk(h2)
mids={o[0] for o in owner.values()}
parent={}
def h3(kind,d):
    if kind=='inst':
        oid,cid,b,nb=d
        for name,r in refs(cid,b,nb):
            if r in mids: parent[r]=(classname.get(cid,'?'),name)
    elif kind=='oarr':
        oid,cid,b,n=d
        for i in range(n):
            r=struct.unpack('>Q',m[b+8*i:b+8*i+8])[0]
            if r in mids: parent[r]=(classname.get(cid,'?')+'[]','[i]')
walk(h3)
tot=collections.Counter(); cnt=collections.Counter()
for aid,(ty,size) in arrays.items():
    o=owner.get(aid)
    if o: key='%s <- %s.%s <- %s.%s'%('char[]' if ty==5 else 'byte[]',o[1],o[2],*parent.get(o[0],('?','?')))
    else: key=('char[]' if ty==5 else 'byte[]')+' <- (array or root)'
    tot[key]+=size; cnt[key]+=1
for k,v in tot.most_common(25): print('%8.1f KB/phone %7d  %s'%(v/1024/phones,cnt[k],k))
